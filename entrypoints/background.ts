import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';

// Composition root only: listeners are registered synchronously inside, as MV3 requires.
export default defineBackground(() => {
  startBackground();
});
