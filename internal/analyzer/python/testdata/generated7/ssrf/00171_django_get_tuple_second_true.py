# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=get shape=tuple_second (helper class) sink=v1 expected=true
import urllib.request

from django.http import JsonResponse
from django.urls import path


def split_pair(value):
    return "static", value


class Test:
    def do_something(self, request, param):
        label, bar = split_pair(param)
        return bar


def case_00171(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    with urllib.request.urlopen(bar, timeout=5) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
        result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00171/", case_00171),
]
