"""The learned part of the classifier: features (:mod:`.features`), the packaged
weights and their inference (:mod:`.model`). Trained by ``training/train.py``."""
