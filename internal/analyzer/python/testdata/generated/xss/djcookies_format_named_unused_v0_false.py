# generated case: rule=PY-XSS source=djcookies propagation=format_named_unused sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = "{a}".format(a="safe", b=param)
    return HttpResponse("<p>Hello " + bar + "</p>")
