package fr.faireess.mobility.module;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.reference.AcademicYear;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Country;

/** Entities for container-free tests of the exports, built the way JPA builds them (reflection). */
final class Fixtures {

    private Fixtures() {
    }

    static <T> T make(Class<T> type, Object... fieldValues) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T instance = constructor.newInstance();
            for (int i = 0; i < fieldValues.length; i += 2) {
                set(instance, (String) fieldValues[i], fieldValues[i + 1]);
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static ModuleSession session(String title) {
        Account trainer = make(Account.class, "id", 7L, "firstName", "Marta", "lastName", "Puig");
        Campus campus = make(Campus.class, "code", "PERPIGNAN", "name", "IRTS Perpignan");
        AcademicYear year = make(AcademicYear.class, "code", "2026-2027");
        Country spain = make(Country.class, "code", "ES", "nameFr", "Espagne", "nameEn", "Spain");
        ModuleSession session = new ModuleSession(trainer, Instant.parse("2026-10-01T08:00:00Z"));
        session.describe(year, campus, LocalDateTime.of(2026, 11, 17, 14, 0), title, SessionFormat.INTERNATIONAL_EXCHANGE,
                Set.of(new SessionCohort("ASS", 1)), Set.of(Movement.DISCOVERY_OF_OTHER_FRAME), null,
                "https://moodle.example.org/x");
        session.replaceGuests(List.of(new ModuleGuest(session, "Núria Vilaseca", spain, "Universitat de Girona", GuestRole.TRAINER)));
        return session;
    }
}
