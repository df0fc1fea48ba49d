# generated case: rule=PY-XSS source=djget propagation=helper_const sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def do_something(value):
    return "safe!"


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = do_something(param)
    return HttpResponse("<p>Hello " + bar + "</p>")
