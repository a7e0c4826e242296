// Renders the animation frame by frame: for each day of the plan the map shows the day and waits until it is
// idle (never a screen recording at whatever speed the machine manages), the picture is composed exactly as
// the PNG download composes it (map/png.ts: date, legend, scale bar, "estimates" and credits), and the frame
// goes to the encoders. WebM through WebCodecs' VideoEncoder (VP8) and webm-muxer, with exact timestamps; where
// the browser lacks WebCodecs, MediaRecorder over the canvas's stream, paced in real time. GIF through gifenc,
// one frame a day. Loaded on demand (a dynamic import), with its encoders, so the first load does not grow.
import type { PngOptions } from '../map/png.ts';
import { composeMapPicture } from '../map/png.ts';
import type { ISODate } from '../../core/types.ts';
import { framePlan, type AnimationOptions, type FramePlan } from './plan.ts';
import type { FrameSource } from './source.ts';

export interface AnimationResult {
  plan: FramePlan;
  webm: Blob | null;
  gif: Blob | null;
  /** Which WebM encoder ran. */
  encoder: 'webcodecs' | 'mediarecorder' | null;
  /** Every video frame's day, in order (the frame list the tests and `frontline render` read). */
  frames: ISODate[];
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

interface WebmSink {
  add(canvas: HTMLCanvasElement, index: number): Promise<void>;
  finish(): Promise<Blob>;
  kind: 'webcodecs' | 'mediarecorder';
}

async function webCodecsSink(o: AnimationOptions, plan: FramePlan): Promise<WebmSink | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  const config: VideoEncoderConfig = {
    codec: 'vp8',
    width: o.width,
    height: o.height,
    bitrate: Math.round(o.width * o.height * o.fps * 0.15),
    framerate: o.fps,
  };
  const support = await VideoEncoder.isConfigSupported(config).catch(() => null);
  if (!support?.supported) return null;
  const { Muxer, ArrayBufferTarget } = await import('webm-muxer');
  const muxer = new Muxer({
    target: new ArrayBufferTarget(),
    video: { codec: 'V_VP8', width: o.width, height: o.height, frameRate: o.fps },
  });
  let failure: Error | null = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (e) => (failure = e instanceof Error ? e : new Error(String(e))),
  });
  encoder.configure(config);
  return {
    kind: 'webcodecs',
    async add(canvas, index) {
      if (failure) throw failure;
      const frame = new VideoFrame(canvas, {
        timestamp: index * plan.frameMicros,
        duration: plan.frameMicros,
      });
      // A key frame each second, so a player can seek.
      encoder.encode(frame, { keyFrame: index % o.fps === 0 });
      frame.close();
      // Backpressure: do not queue more than a few frames ahead of the encoder.
      while (encoder.encodeQueueSize > 4) await new Promise((r) => setTimeout(r, 5));
    },
    async finish() {
      await encoder.flush();
      if (failure) throw failure;
      encoder.close();
      muxer.finalize();
      return new Blob([muxer.target.buffer], { type: 'video/webm' });
    },
  };
}

/** MediaRecorder records in real time: each frame is requested, then held for its duration on the clock. */
function mediaRecorderSink(canvas: HTMLCanvasElement, o: AnimationOptions, plan: FramePlan): WebmSink {
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const type = MediaRecorder.isTypeSupported('video/webm;codecs=vp8')
    ? 'video/webm;codecs=vp8'
    : 'video/webm';
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: o.width * o.height * 3 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
  recorder.start();
  return {
    kind: 'mediarecorder',
    async add() {
      track.requestFrame();
      await new Promise((r) => setTimeout(r, plan.frameMicros / 1000));
    },
    finish: () =>
      new Promise((resolve) => {
        recorder.onstop = () => resolve(new Blob(chunks, { type: 'video/webm' }));
        recorder.stop();
        track.stop();
      }),
  };
}

export async function renderAnimation(
  source: FrameSource,
  o: AnimationOptions,
  picture: (date: ISODate) => PngOptions,
  progress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<AnimationResult> {
  const plan = framePlan(o);
  const frame = document.createElement('canvas');
  frame.width = o.width;
  frame.height = o.height;
  const ctx = frame.getContext('2d', { willReadFrequently: o.gif })!;

  let webm: WebmSink | null = null;
  if (o.webm) webm = (await webCodecsSink(o, plan)) ?? mediaRecorderSink(frame, o, plan);
  const gifenc = o.gif ? await import('gifenc') : null;
  const gif = gifenc ? gifenc.GIFEncoder() : null;

  const restore = await source.prepare(plan.map, plan.scale);
  let index = 0;
  const total = plan.frames.length;
  try {
    progress(0, total);
    for (const day of plan.days) {
      if (signal.aborted) throw new Cancelled();
      await source.show(day);
      const pic = await composeMapPicture(source.map, { ...picture(day), scale: 1 });
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, o.width, o.height);
      // The picture is the frame's size by construction (plan.map); drawn to size in case the canvas rounded.
      ctx.drawImage(pic, 0, 0, o.width, o.height);
      if (gif && gifenc) {
        const rgba = ctx.getImageData(0, 0, o.width, o.height).data;
        const palette = gifenc.quantize(rgba, 256);
        gif.writeFrame(gifenc.applyPalette(rgba, palette), o.width, o.height, {
          palette,
          delay: plan.gifDelayMs,
          ...(index === 0 ? { repeat: 0 } : {}),
        });
      }
      for (let k = 0; k < plan.framesPerDay; k++) {
        if (signal.aborted) throw new Cancelled();
        if (webm) await webm.add(frame, index);
        index++;
        progress(index, total);
      }
    }
    const webmBlob = webm ? await webm.finish() : null;
    let gifBlob: Blob | null = null;
    if (gif) {
      gif.finish();
      gifBlob = new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
    }
    return { plan, webm: webmBlob, gif: gifBlob, encoder: webm?.kind ?? null, frames: plan.frames };
  } finally {
    restore();
  }
}
