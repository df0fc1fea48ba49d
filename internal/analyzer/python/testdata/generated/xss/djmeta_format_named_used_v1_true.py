# generated case: rule=PY-XSS source=djmeta propagation=format_named_used sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "{b}".format(a="safe", b=param)
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
