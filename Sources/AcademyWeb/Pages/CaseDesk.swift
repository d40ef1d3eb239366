/// The cases trainees are working on right now.
actor CaseDesk {
}
