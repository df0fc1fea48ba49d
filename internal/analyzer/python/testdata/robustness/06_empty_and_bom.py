# Robustness: file starting with a UTF-8 BOM, with CRLF-free tabs/spaces mix in a class body -> no finding
class Settings:
	DEBUG_TOOLBAR = False
	PAGE_SIZE = 20


def page_size():
	return Settings.PAGE_SIZE
