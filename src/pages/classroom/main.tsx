import { render } from 'preact';
import { packs } from 'virtual:lateral/packs';
import { ClassroomApp } from '../../ui/classroom/ClassroomApp';
import '../../ui/classroom/classroom.css';
import { loadExercises } from './exercises';

// Everything the page shows is bundled (packs and exercises), so it works offline.
render(<ClassroomApp packs={packs} exercises={loadExercises()} />, document.getElementById('app')!);
