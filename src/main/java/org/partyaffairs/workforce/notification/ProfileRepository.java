package org.partyaffairs.workforce.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<Profile, String> {
}
