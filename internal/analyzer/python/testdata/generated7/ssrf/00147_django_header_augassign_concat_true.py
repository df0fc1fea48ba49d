# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=header shape=augassign_concat (helper class) sink=v1 expected=true
import urllib.request

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = "pre-"
        bar += param
        return bar


def case_00147(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    with urllib.request.urlopen(bar, timeout=5) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
        result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00147/", case_00147),
]
