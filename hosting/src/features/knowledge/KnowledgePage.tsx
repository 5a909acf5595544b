/**
 * The knowledge the AI answers from: Q&A entries and knowledge-base
 * articles. Owners edit (validated with the profile file's schemas; the
 * business revision moves, so the next answer uses the edit); staff read.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { KnowledgeArticle, QaEntry } from '../../../../functions/src/domain/business';
import { EditorActions } from '../../shared/forms/EditorActions';
import { FormIssues, LocalizedInputs } from '../../shared/forms/FormIssues';
import {
  commasToList,
  display,
  fromForm,
  linesToList,
  listToLines,
  toForm,
  type LocalizedForm,
} from '../../shared/forms/localized';
import { schemaResolver } from '../../shared/forms/schema-resolver';
import { showServerError } from '../../shared/forms/server-issues';
import { Empty, LiveView } from '../../shared/ui/states';
import { useBusiness } from '../businesses/business-context';
import { deleteKnowledge, putArticle, putQa, useKnowledge, type KnowledgeDoc } from './api';

type Tab = 'qa' | 'article';

export default function KnowledgePage() {
  const { businessId, business, can } = useBusiness();
  const languages = business.profile.languages;
  const knowledge = useKnowledge(businessId);
  const [tab, setTab] = useState<Tab>('qa');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [search, setSearch] = useState('');

  return (
    <div className="fd-page">
      <h1>Knowledge & Q&A</h1>
      <p className="fd-muted">The AI answers from these. Changes apply to the next message.</p>
      <div className="fd-segmented" role="tablist" aria-label="Kind">
        {(['qa', 'article'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            className={tab === t ? 'is-active' : ''}
            onClick={() => {
              setTab(t);
              setEditing(null);
            }}
          >
            {t === 'qa' ? 'Q&A' : 'Articles'}
          </button>
        ))}
      </div>
      <div className="fd-inline-form">
        <input
          className="fd-input"
          type="search"
          aria-label="Search knowledge"
          placeholder="Search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {can('owner') ? (
          <button type="button" className="fd-btn" onClick={() => setEditing('new')}>
            New {tab === 'qa' ? 'Q&A entry' : 'article'}
          </button>
        ) : null}
      </div>
      <LiveView live={knowledge}>
        {(all) => {
          const items = all
            .filter((k) => k.kind === tab)
            .filter((k) => !search || JSON.stringify(k).toLowerCase().includes(search.toLowerCase()))
            .sort((a, b) => a.id.localeCompare(b.id));
          const current = editing && editing !== 'new' ? all.find((k) => k.docId === editing) : undefined;
          return (
            <div className="fd-master-detail">
              {items.length === 0 ? (
                <Empty title={tab === 'qa' ? 'No Q&A entries' : 'No articles'} />
              ) : (
                <ul className="fd-list" data-testid="knowledge-list">
                  {items.map((k) => (
                    <li key={k.docId}>
                      <button
                        type="button"
                        className={`fd-list__button${editing === k.docId ? ' is-active' : ''}`}
                        onClick={() => setEditing(k.docId)}
                      >
                        <strong dir="auto">{display(k.kind === 'qa' ? k.question : k.title, languages)}</strong>
                        <span className="fd-muted" dir="auto">
                          {display(k.kind === 'qa' ? k.answer : k.body, languages).slice(0, 140)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {editing ? (
                tab === 'qa' ? (
                  <QaEditor
                    key={editing}
                    entry={current as (KnowledgeDoc & { kind: 'qa' }) | undefined}
                    readOnly={!can('owner')}
                    onDone={() => setEditing(null)}
                  />
                ) : (
                  <ArticleEditor
                    key={editing}
                    entry={current as (KnowledgeDoc & { kind: 'article' }) | undefined}
                    readOnly={!can('owner')}
                    onDone={() => setEditing(null)}
                  />
                )
              ) : null}
            </div>
          );
        }}
      </LiveView>
    </div>
  );
}

interface QaForm {
  id: string;
  question: LocalizedForm;
  answer: LocalizedForm;
  alternates: string;
  tags: string;
}

function QaEditor({ entry, readOnly, onDone }: { entry?: QaEntry; readOnly: boolean; onDone(): void }) {
  const { businessId, business } = useBusiness();
  const languages = business.profile.languages;
  const form = useForm<QaForm, unknown, QaEntry>({
    defaultValues: {
      id: entry?.id ?? '',
      question: toForm(entry?.question, languages),
      answer: toForm(entry?.answer, languages),
      alternates: listToLines(entry?.alternates),
      tags: (entry?.tags ?? []).join(', '),
    },
    resolver: schemaResolver(QaEntry, (f: QaForm) => ({
      id: f.id.trim(),
      question: fromForm(f.question, languages),
      answer: fromForm(f.answer, languages),
      alternates: linesToList(f.alternates),
      tags: commasToList(f.tags),
    })),
  });
  const save = form.handleSubmit(async (qa) => {
    try {
      await putQa(businessId, qa);
      onDone();
    } catch (err) {
      showServerError(form.setError, err);
    }
  });
  const register = form.register as unknown as (name: string) => object;
  return (
    <form
      className="fd-editor"
      onSubmit={save}
      aria-label={entry ? 'Edit Q&A entry' : 'New Q&A entry'}
      data-testid="qa-editor"
    >
      <fieldset disabled={readOnly || form.formState.isSubmitting}>
        <label>
          Id
          <input className="fd-input" readOnly={Boolean(entry)} {...form.register('id')} placeholder="e.g. parking" />
        </label>
        <LocalizedInputs label="Question" languages={languages} register={register} name="question" />
        <LocalizedInputs label="Answer" languages={languages} register={register} name="answer" multiline />
        <label>
          Other ways customers ask it (one per line)
          <textarea className="fd-input" rows={3} dir="auto" {...form.register('alternates')} />
        </label>
        <label>
          Tags (comma-separated)
          <input className="fd-input" {...form.register('tags')} />
        </label>
        <FormIssues errors={form.formState.errors} />
        <EditorActions
          form={form}
          readOnly={readOnly}
          deleteLabel="Delete this Q&A entry?"
          remove={entry ? () => deleteKnowledge(businessId, 'qa', entry.id) : undefined}
          onDone={onDone}
        />
      </fieldset>
      <button type="button" className="fd-btn fd-btn--ghost" onClick={onDone}>
        Close
      </button>
    </form>
  );
}

interface ArticleForm {
  id: string;
  title: LocalizedForm;
  body: LocalizedForm;
  tags: string;
}

function ArticleEditor({ entry, readOnly, onDone }: { entry?: KnowledgeArticle; readOnly: boolean; onDone(): void }) {
  const { businessId, business } = useBusiness();
  const languages = business.profile.languages;
  const form = useForm<ArticleForm, unknown, KnowledgeArticle>({
    defaultValues: {
      id: entry?.id ?? '',
      title: toForm(entry?.title, languages),
      body: toForm(entry?.body, languages),
      tags: (entry?.tags ?? []).join(', '),
    },
    resolver: schemaResolver(KnowledgeArticle, (f: ArticleForm) => ({
      id: f.id.trim(),
      title: fromForm(f.title, languages),
      body: fromForm(f.body, languages),
      tags: commasToList(f.tags),
    })),
  });
  const save = form.handleSubmit(async (article) => {
    try {
      await putArticle(businessId, article);
      onDone();
    } catch (err) {
      showServerError(form.setError, err);
    }
  });
  const register = form.register as unknown as (name: string) => object;
  return (
    <form className="fd-editor" onSubmit={save} aria-label={entry ? 'Edit article' : 'New article'}>
      <fieldset disabled={readOnly || form.formState.isSubmitting}>
        <label>
          Id
          <input className="fd-input" readOnly={Boolean(entry)} {...form.register('id')} placeholder="e.g. aftercare" />
        </label>
        <LocalizedInputs label="Title" languages={languages} register={register} name="title" />
        <LocalizedInputs label="Text" languages={languages} register={register} name="body" multiline />
        <label>
          Tags (comma-separated)
          <input className="fd-input" {...form.register('tags')} />
        </label>
        <FormIssues errors={form.formState.errors} />
        <EditorActions
          form={form}
          readOnly={readOnly}
          deleteLabel="Delete this article?"
          remove={entry ? () => deleteKnowledge(businessId, 'article', entry.id) : undefined}
          onDone={onDone}
        />
      </fieldset>
      <button type="button" className="fd-btn fd-btn--ghost" onClick={onDone}>
        Close
      </button>
    </form>
  );
}
