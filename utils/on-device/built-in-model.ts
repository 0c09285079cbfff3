/** The browser's on-device language model (Chrome's Prompt API), when this browser has one; Firefox and older Chrome have none. */
import { modelOptions, type PromptModel } from '../detect/second-opinion';

/** `LanguageModel` as the worker's global exposes it, or undefined (feature detection, read at each use: Chrome may add it after an update). */
export function builtInModel(): PromptModel | undefined {
  const candidate = (globalThis as { LanguageModel?: Partial<PromptModel> }).LanguageModel;
  return candidate && typeof candidate.availability === 'function' && typeof candidate.create === 'function' ? (candidate as PromptModel) : undefined;
}

/** What the options page shows about the model: 'absent' when this browser has no Prompt API at all. */
export type ModelState = 'absent' | 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** Whether the model can read French replies here (English ones need the same model). */
export async function modelState(model = builtInModel()): Promise<ModelState> {
  if (!model) return 'absent';
  try {
    const state = await model.availability(modelOptions('fr'));
    return state === 'available' || state === 'downloadable' || state === 'downloading' ? state : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** Starts the model's download (Chrome wants a user's click for it): creating a session is what downloads it. */
export async function prepareModel(model = builtInModel()): Promise<ModelState> {
  if (!model) return 'absent';
  try {
    const session = await model.create(modelOptions('fr'));
    session.destroy();
  } catch {
    // Not enough disk or memory, or refused: the state below says so.
  }
  return modelState(model);
}
