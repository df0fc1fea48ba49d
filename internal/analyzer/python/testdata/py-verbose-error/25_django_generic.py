# Verbose error FALSE: Django view logs the exception and returns a generic JSON error
import logging

from django.http import JsonResponse

from .services import sync_inventory

logger = logging.getLogger(__name__)


def sync(request):
    try:
        sync_inventory()
    except Exception:
        logger.exception("inventory sync failed")
        return JsonResponse({"error": "sync failed, try again later"}, status=500)
    return JsonResponse({"ok": True})
