# Log secret: Django signup view logs the new password with logger.error on failure
import logging

from django.http import JsonResponse

logger = logging.getLogger(__name__)


def signup(request):
    username = request.POST.get("username", "")
    new_password = request.POST.get("password1", "")
    if len(new_password) < 12:
        logger.error("weak password %r rejected for %s", new_password, username)  # want: PY-LOG-SECRET
        return JsonResponse({"ok": False}, status=400)
    return JsonResponse({"ok": True})
