# generated case: rule=PY-XSS source=djget propagation=isdigit_guard sink=v0 expected=false
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    return HttpResponse("<p>Hello " + bar + "</p>")
