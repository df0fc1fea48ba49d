# generated case: rule=PY-XSS source=djcookies propagation=generator_next sink=v0 expected=true
from django.http import HttpResponse, JsonResponse


def gen(value):
    yield value


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = next(gen(param))
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
