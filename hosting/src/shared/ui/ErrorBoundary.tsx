/** A page that throws shows an error in its place, not a blank app; the rest keeps working. */
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="fd-state fd-state--error" role="alert">
        <strong>This page failed to show.</strong>
        <span>{this.state.error.message}</span>
        <button type="button" className="fd-btn fd-btn--ghost" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
