import { render } from 'preact';
import { browser } from '../../platform/browser';
import { uiLanguage } from '../../platform/i18n';
import { ClassroomApp } from '../../ui/classroom/ClassroomApp';
import { exerciseInLanguage, packInLanguage } from '../../ui/components/pack-language';
import { storyPacks } from '../../ui/components/story-packs';
import { setClassroomI18n } from '../../ui/classroom/i18n';
import '../../ui/classroom/classroom.css';
import { loadExercises } from './exercises';

setClassroomI18n((key, substitutions) => browser.i18n.getMessage(key, substitutions), uiLanguage);
document.documentElement.lang = uiLanguage();
// Everything the page shows is bundled (packs and exercises), so it works offline; their
// text comes in the reader's language where a translation has it, else in the pack's own.
const language = uiLanguage();
render(
  <ClassroomApp
    packs={storyPacks.map((pack) => packInLanguage(pack, language))}
    exercises={loadExercises().map((exercise) => exerciseInLanguage(exercise, language))}
  />,
  document.getElementById('app')!,
);
