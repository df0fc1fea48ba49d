# gen2_decorated: an auditing decorator
import functools
import logging

log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("view %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper
