/**
 * Problems the reader must fix, announced as an alert. Every text passes through Preact
 * as text (never as HTML), so a file full of <script> payloads shows as plain words.
 */
import type { JSX } from 'preact';

interface ProblemListProps {
  id?: string;
  title: string;
  problems: string[];
}

export function ProblemList({ id, title, problems }: ProblemListProps): JSX.Element | null {
  if (problems.length === 0) return null;
  return (
    <div id={id} class="problems" role="alert">
      <p class="problems-title">{title}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
