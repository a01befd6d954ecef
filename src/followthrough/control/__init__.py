"""User controls: notes, corrections and undo, review, show and export (issue 7).

The commands behind `followthrough show|note|set-state|correct|move|merge|split|add|
snooze|ignore|undo|review|export`; ``cli`` parses and dispatches to :mod:`.args`.
"""
