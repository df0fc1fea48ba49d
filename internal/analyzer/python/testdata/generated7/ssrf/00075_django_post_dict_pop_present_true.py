# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=post shape=dict_pop_present (helper class) sink=v1 expected=true
import urllib.request

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        d = {"a": param}
        bar = d.pop("a", "none")
        return bar


def case_00075(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    with urllib.request.urlopen(bar, timeout=5) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
        result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00075/", case_00075),
]
