import { ActionIcon, Box, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { useCity } from '../../city/hooks/useCity';
import { useQuickSearch, type QuickTarget } from '../hooks/useSearch';
import { searchPath } from '../searchParams';
import { targetName, targetPath, targetSummary } from '../targets';
import classes from './GlobalSearch.module.css';
import { SearchIcon } from './SearchIcon';
import { TargetPicture } from './TargetPicture';

/** How long typing pauses before the instant results are asked for. */
export const QUICK_SEARCH_DELAY_MS = 200;

/** The groups of instant results, in this order. */
const GROUPS = [
  { typename: 'Member', type: 'MEMBER' },
  { typename: 'Organization', type: 'ORGANIZATION' },
  { typename: 'Opportunity', type: 'OPPORTUNITY' },
] as const;

interface Option {
  id: string;
  path: string;
}

/**
 * The header's search box: a WAI-ARIA combobox (editable, list autocomplete) whose instant
 * results, grouped by type, follow the typing. Up and down go through them, Enter opens the one
 * chosen (or every result, on the results page), Escape closes the list, then clears the box,
 * then (on a small screen, where the box folds behind a button) folds it again.
 */
export function GlobalSearch() {
  const { t, i18n } = useTranslation();
  const { city } = useCity();
  const navigate = useNavigate();
  const id = useId();
  const formId = `${id}-form`;
  const listboxId = `${id}-listbox`;
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(false);
  const query = value.trim();
  const [debounced] = useDebouncedValue(query, QUICK_SEARCH_DELAY_MS);
  const { targets, answered } = useQuickSearch(debounced);

  useEffect(() => {
    if (expanded) inputRef.current?.focus();
  }, [expanded]);

  const groups = GROUPS.map((group) => ({
    ...group,
    targets: (targets ?? []).filter((target) => target.__typename === group.typename),
  })).filter((group) => group.targets.length > 0);
  const optionId = (target: QuickTarget) => `${id}-${target.__typename}-${target.id}`;
  const seeAll: Option = { id: `${id}-all`, path: searchPath(query) };
  const options: Option[] = [
    ...groups.flatMap((group) =>
      group.targets.map((target) => ({ id: optionId(target), path: targetPath(target) })),
    ),
    seeAll,
  ];
  const showList = open && query !== '';
  const activeIndex = showList ? options.findIndex((option) => option.id === activeId) : -1;
  const active = activeIndex >= 0 ? options[activeIndex] : undefined;

  function go(path: string) {
    setOpen(false);
    setActiveId(null);
    setValue('');
    setExpanded(false);
    void navigate(path);
  }

  function move(step: 1 | -1) {
    if (!showList) {
      if (query !== '') setOpen(true);
      return;
    }
    const next =
      activeIndex < 0
        ? step === 1
          ? 0
          : options.length - 1
        : (activeIndex + step + options.length) % options.length;
    setActiveId(options[next]?.id ?? null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter':
        if (active) {
          event.preventDefault();
          go(active.path);
        }
        // Otherwise the form is submitted: every result for the query.
        break;
      case 'Escape':
        if (showList) {
          setOpen(false);
          setActiveId(null);
        } else if (value !== '') {
          setValue('');
        } else if (expanded) {
          setExpanded(false);
          toggleRef.current?.focus();
        }
        break;
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) {
      setOpen(false);
      setActiveId(null);
    }
  }

  let announcement = '';
  if (showList && answered !== undefined && answered === debounced && debounced === query) {
    announcement =
      targets && targets.length > 0
        ? t('search.quickCount', { count: targets.length })
        : t('search.noQuickResults', { query });
  }
  const locale = currentLanguage(i18n);

  return (
    <Box className={classes.root} data-expanded={expanded || undefined} onBlur={onBlur}>
      <ActionIcon
        ref={toggleRef}
        className={classes.toggle}
        variant="default"
        size="lg"
        aria-label={t('search.toggle')}
        aria-expanded={expanded}
        aria-controls={formId}
        onClick={() => setExpanded(!expanded)}
      >
        <SearchIcon />
      </ActionIcon>
      <form
        id={formId}
        role="search"
        aria-label={t('search.landmark')}
        className={classes.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (query !== '') go(searchPath(query));
        }}
      >
        <TextInput
          ref={inputRef}
          type="search"
          size="sm"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<SearchIcon size={16} />}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listboxId}
          aria-activedescendant={active?.id}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setActiveId(null);
            setOpen(event.currentTarget.value.trim() !== '');
          }}
          onFocus={() => {
            if (query !== '') setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
      </form>
      <div className={classes.dropdown} hidden={!showList}>
        {showList && targets === undefined && (
          <Text size="sm" c="dimmed" px="xs" py={4}>
            {t('search.searching')}
          </Text>
        )}
        {showList && targets?.length === 0 && (
          <Text size="sm" c="dimmed" px="xs" py={4}>
            {t('search.noQuickResults', { query: answered ?? debounced })}
          </Text>
        )}
        <div role="listbox" id={listboxId} aria-label={t('search.suggestions')}>
          {showList &&
            groups.map((group) => (
              <div key={group.type} role="group" aria-labelledby={`${id}-group-${group.type}`}>
                <div
                  role="presentation"
                  id={`${id}-group-${group.type}`}
                  className={classes.groupLabel}
                >
                  {t(`search.types.${group.type}`)}
                </div>
                {group.targets.map((target) => {
                  const summary = targetSummary(t, locale, city, target);
                  return (
                    <div
                      key={target.id}
                      id={optionId(target)}
                      role="option"
                      aria-selected={active?.id === optionId(target)}
                      className={classes.option}
                      // Keep the focus in the box: the click opens the option.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => go(targetPath(target))}
                    >
                      <TargetPicture target={target} size={28} />
                      <div className={classes.optionText}>
                        <Text size="sm" fw={600} lineClamp={1}>
                          {targetName(target)}
                        </Text>
                        {summary && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {summary}
                          </Text>
                        )}
                      </div>
                    </div>
                  );
                })}
              </div>
            ))}
          {showList && (
            <div
              id={seeAll.id}
              role="option"
              aria-selected={active?.id === seeAll.id}
              className={`${classes.option} ${classes.seeAll}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(seeAll.path)}
            >
              <SearchIcon size={16} />
              <span className={classes.optionText}>{t('search.seeAll', { query })}</span>
            </div>
          )}
        </div>
      </div>
      {/* A polite live region rather than role="status": it is always in the header, and each page keeps its own status the only one. */}
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </Box>
  );
}
