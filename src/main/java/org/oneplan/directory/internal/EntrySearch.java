package org.oneplan.directory.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.oneplan.directory.DirectorySearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The directory search as two queries, a count and one page of entries by name, always both, so a page costs
 * the same however many entries match. Each word must appear in the name or description (the lower-cased
 * {@code search_text}); category and area match exactly, the area in any case.
 */
@Component
class EntrySearch {

    private final EntityManager em;

    EntrySearch(EntityManager em) {
        this.em = em;
    }

    Page<Entry> find(DirectorySearch search, boolean includeRetired, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Entry> counted = count.from(Entry.class);
        count.select(cb.count(counted)).where(matching(cb, counted, search, includeRetired));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<Entry> rows = cb.createQuery(Entry.class);
        Root<Entry> entry = rows.from(Entry.class);
        rows.select(entry).where(matching(cb, entry, search, includeRetired))
                .orderBy(cb.asc(entry.get("nameKey")), cb.asc(entry.get("areaKey")), cb.asc(entry.get("id")));
        List<Entry> page = em.createQuery(rows).setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize()).getResultList();
        return new PageImpl<>(page, pageable, total);
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Entry> entry, DirectorySearch search,
                                        boolean includeRetired) {
        List<Predicate> where = new ArrayList<>();
        for (String word : search.wordList()) {
            where.add(cb.like(entry.get("searchText"), "%" + escape(word) + "%", '\\'));
        }
        if (search.category() != null) {
            where.add(cb.equal(entry.get("content").get("category"), search.category()));
        }
        if (search.area() != null) {
            where.add(cb.equal(entry.get("areaKey"), Entry.key(search.area())));
        }
        if (!includeRetired) {
            where.add(cb.isNull(entry.get("retiredAt")));
        }
        return where.toArray(Predicate[]::new);
    }

    /** A typed % or _ means itself, not "anything". */
    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
