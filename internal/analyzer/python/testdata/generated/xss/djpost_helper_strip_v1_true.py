# generated case: rule=PY-XSS source=djpost propagation=helper_strip sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


def do_something(value):
    cleaned = value.strip()
    return cleaned


def handle_xss(request):
    param = request.POST["p"]
    bar = do_something(param)
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
