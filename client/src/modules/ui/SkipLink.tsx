import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a className={classes.skipLink} href={`#${targetId}`}>
      {t('app.skipToContent')}
    </a>
  );
}
