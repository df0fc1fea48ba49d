# py-trust-boundary: a helper class that keeps the request's session in a
# field (the usual Django cart) stores into the session through it; the
# same helper storing a constant, or a class keeping a plain dict, does not.
from django.http import JsonResponse


class Cart:
    def __init__(self, request):
        self.session = request.session

    def add(self, sku):
        self.session["last_sku"] = sku  # want: PY-TRUST-BOUNDARY

    def reset(self):
        self.session["last_sku"] = ""


class Notes:
    def __init__(self):
        self.data = {}

    def add(self, text):
        self.data["last"] = text


def add_to_cart(request):
    Cart(request).add(request.GET.get("sku", ""))
    return JsonResponse({"ok": True})


def reset_cart(request):
    Cart(request).reset()
    return JsonResponse({"ok": True})


def take_note(request):
    notes = Notes()
    notes.add(request.GET.get("text", ""))
    return JsonResponse({"ok": True})
