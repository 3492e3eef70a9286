import { Component, type ReactNode } from 'react';
import { registeredMessages } from '../../lib/i18n/registry';

interface State {
  failed: boolean;
}

/** Never a blank screen: a rendering bug shows a French message and a way out. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The error's kind only: messages may quote personal data.
    console.error('[guichet-emploi] render failed:', error instanceof Error ? error.name : typeof error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = registeredMessages(document.documentElement.lang === 'en' ? 'en' : 'fr');
    return (
      <div role="alert" className="banner banner--error">
        <p>{t.errors.internal}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t.common.retry}
        </button>
      </div>
    );
  }
}
