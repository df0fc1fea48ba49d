# generated case: rule=PY-XSS source=djmeta propagation=module_cache sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


CACHE = {}


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    CACHE["last"] = param
    bar = CACHE["last"]
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
