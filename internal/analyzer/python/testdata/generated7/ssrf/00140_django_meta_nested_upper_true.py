# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=meta shape=nested_upper (helper class) sink=v1 expected=true
import urllib.request

from django.http import JsonResponse
from django.urls import path


def outer_upper(value):
    def inner(v):
        return v.upper()

    return inner(value)


def outer_length(value):
    def inner(v):
        return "len-" + str(len(v))

    return inner(value)


class Test:
    def do_something(self, request, param):
        bar = outer_upper(param)
        return bar


def case_00140(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    with urllib.request.urlopen(bar, timeout=5) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
        result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00140/", case_00140),
]
