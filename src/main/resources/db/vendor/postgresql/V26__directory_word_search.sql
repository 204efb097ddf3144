-- PostgreSQL only: a trigram index lets the directory's word search (search_text like '%word%') use an
-- index instead of reading the whole table. pg_trgm is a trusted extension (PostgreSQL 13 and later), so
-- the database owner can add it; where it cannot be added the search still works, reading the table.
do $$
begin
    create extension if not exists pg_trgm;
    execute 'create index directory_entry_search_trgm on directory_entry using gin (search_text gin_trgm_ops)';
exception when insufficient_privilege or undefined_file or feature_not_supported then
    raise notice 'pg_trgm is not available: the directory word search reads the table';
end
$$;
