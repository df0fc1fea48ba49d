# generated case: rule=PY-XSS source=djcookies propagation=helper_int sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def do_something(value):
    return str(int(value))


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = do_something(param)
    return HttpResponse("<p>Hello " + bar + "</p>")
