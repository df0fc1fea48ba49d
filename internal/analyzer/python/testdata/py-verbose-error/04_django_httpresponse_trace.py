# Verbose error: Django view returns format_exc in an HttpResponse
import traceback

from django.http import HttpResponse, JsonResponse

from .services import sync_inventory


def sync(request):
    try:
        sync_inventory()
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500, content_type="text/plain")  # want: PY-VERBOSE-ERROR
    return JsonResponse({"ok": True})
