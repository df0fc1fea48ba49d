# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=generator_next sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def gen(value):
    yield value


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    bar = next(gen(param))
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT
