# generated case: rule=PY-XSS source=djcookies propagation=while_false sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = "safe"
    while 3 > 5:
        bar = param
    return HttpResponse("<p>Hello " + bar + "</p>")
