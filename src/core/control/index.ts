export { ControlModel, ControlCursor, lastAtOrBefore, unknownState, type ControlModelOptions } from './model';
