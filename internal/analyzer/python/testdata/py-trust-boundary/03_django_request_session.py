# Trust boundary: Django view stores a GET parameter in request.session
from django.http import JsonResponse


def choose_store(request):
    request.session["store_id"] = request.GET.get("store", "")  # want: PY-TRUST-BOUNDARY
    return JsonResponse({"ok": True})
