import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildCoverage } from '../../core/classroom/coverage-matrix';
import { ALL, filterDiscrepancies, filterRows, typesInPack, type TypeFilter } from '../../core/classroom/filters';
import type { Exercise } from '../../core/classroom/exercise-schema';
import { DISCREPANCY_TYPE_IDS, type StoryPack } from '../../core/pack/schema';
import { CoverageTable } from './CoverageTable';
import { DiscrepancyExplorer } from './DiscrepancyExplorer';
import { ExerciseView } from './ExerciseView';
import { Handout } from './Handout';
import { Legend } from './Legend';
import { PackPicker } from './PackPicker';
import { Presenter } from './Presenter';
import { TypeFilterSelect } from './TypeFilterSelect';
import { t } from './i18n';
import { VIEWS, viewFromHash, type View } from './views';

interface Props {
  packs: readonly StoryPack[];
  exercises: readonly Exercise[];
}

/** The classroom page: pack picker, view navigation, the four views and the print handout. */
export function ClassroomApp({ packs, exercises }: Props) {
  const [view, setView] = useState<View>(() => viewFromHash(location.hash));
  const [packId, setPackId] = useState(packs[0]?.id ?? '');
  const [filter, setFilter] = useState<TypeFilter>(ALL);
  const [showNotes, setShowNotes] = useState(true);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    const onHash = () => setView(viewFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.body.classList.toggle('presenting', view === 'presenter');
    // Move focus to the new view's heading so keyboard and screen-reader users land in it.
    if (!firstRender.current && view !== 'presenter') headingRef.current?.focus();
    firstRender.current = false;
  }, [view]);
  // Leaving the projector goes back to the view the teacher came from (the discrepancies
  // when the page was opened straight into presenter mode).
  const cameFrom = useRef<View>('discrepancies');
  if (view !== 'presenter') cameFrom.current = view;
  const exitPresenter = useCallback(() => {
    location.hash = `#${cameFrom.current}`;
  }, []);

  const pack = packs.find((p) => p.id === packId) ?? packs[0];
  const derived = useMemo(() => {
    if (!pack) return null;
    const matrix = buildCoverage(pack, DISCREPANCY_TYPE_IDS);
    const sourceNumbers = new Map(matrix.columns.map((c) => [c.sourceId, c.number]));
    return { matrix, sourceNumbers, types: typesInPack(pack, DISCREPANCY_TYPE_IDS) };
  }, [pack]);
  // Kept stable across renders: the presenter starts again at the first slide when its
  // list changes, so a new array on every render sent it back there.
  const discrepancies = useMemo(() => (pack ? filterDiscrepancies(pack.discrepancies, filter) : []), [pack, filter]);

  useEffect(() => {
    document.title = t('classroom_pageTitle');
  }, []);

  if (!pack || !derived) {
    return (
      <main id="main" class="classroom">
        <h1>{t('classroom_pageTitle')}</h1>
        <p class="empty">{t('classroom_noActivePacks')}</p>
      </main>
    );
  }

  const { matrix, sourceNumbers, types } = derived;
  const rows = filterRows(matrix.rows, filter);
  const packExercises = exercises.filter((e) => e.packId === pack.id);
  const typeIds = types.map((x) => x.type);
  const coverageCaption = t('classroom_coverageCaption', pack.title);
  const filterControl = (id: string) => <TypeFilterSelect id={id} filter={filter} types={types} onChange={setFilter} />;

  // On paper in every view: a teacher may press Ctrl+P while projecting.
  const handout = (
    <Handout
      pack={pack}
      matrix={{ columns: matrix.columns, rows }}
      discrepancies={discrepancies}
      types={typeIds}
      sourceNumbers={sourceNumbers}
      exercises={packExercises}
    />
  );

  if (view === 'presenter') {
    return (
      <>
        <main id="main" class="classroom presenter-main">
          <h1 class="sr-only">{t('classroom_presenterTitle')}</h1>
          <Presenter pack={pack} discrepancies={discrepancies} sourceNumbers={sourceNumbers} onExit={exitPresenter} />
        </main>
        {handout}
      </>
    );
  }

  return (
    <>
      <div class="screen">
        <header class="masthead">
          <div>
            <p class="brand">{t('classroom_brand')}</p>
            <h1>{pack.title}</h1>
          </div>
          <div class="masthead-tools">
            <PackPicker packs={packs} packId={pack.id} onChange={setPackId} />
            <button type="button" onClick={() => window.print()}>
              {t('classroom_print')}
            </button>
          </div>
        </header>
        <nav class="views" aria-label={t('classroom_navLabel')}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <a href={`#${v}`} aria-current={v === view ? 'page' : undefined} data-view={v}>
                  {t(`classroom_view_${v}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" class="classroom" data-view={view}>
          <h2 class="view-title" ref={headingRef} tabIndex={-1}>
            {t(`classroom_view_${view}`)}
          </h2>
          <p class="view-intro">{t(view === 'coverage' ? 'classroom_coverageIntro' : `classroom_intro_${view}`)}</p>

          {view === 'coverage' && (
            <>
              {/* Before the table, so the symbols are known before the first of its many rows. */}
              <Legend types={typeIds} idPrefix="screen" />
              <div class="toolbar">
                {filterControl('coverage-filter')}
                <label class="toggle">
                  <input type="checkbox" checked={showNotes} onChange={(e) => setShowNotes(e.currentTarget.checked)} />
                  {t('classroom_showNotes')}
                </label>
              </div>
              <p class="count" aria-live="polite">
                {t('classroom_factCount', [String(rows.length), String(matrix.rows.length)])}
              </p>
              {/* Wider than a narrow window, the table scrolls in its own region, which a keyboard can focus and scroll. */}
              <div class="table-scroll" role="region" tabIndex={0} aria-label={coverageCaption}>
                <CoverageTable
                  id="coverage-table"
                  columns={matrix.columns}
                  rows={rows}
                  showNotes={showNotes}
                  excerpts="on-demand"
                  caption={coverageCaption}
                />
              </div>
            </>
          )}

          {view === 'discrepancies' && (
            <>
              <div class="toolbar">
                {filterControl('discrepancy-filter')}
                <a class="button-link" href="#presenter">
                  {t('classroom_startPresenter')}
                </a>
              </div>
              <DiscrepancyExplorer pack={pack} discrepancies={discrepancies} sourceNumbers={sourceNumbers} />
            </>
          )}

          {view === 'exercise' && <ExerciseView exercises={packExercises} />}
        </main>
      </div>
      {handout}
    </>
  );
}
