# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=meta shape=enumerate_pick_taint (helper class) sink=v1 expected=true
import urllib.request

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = "safe"
        for i, v in enumerate(["a", param, "b"]):
            if i == 1:
                bar = v
        return bar


def case_00123(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    with urllib.request.urlopen(bar, timeout=5) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
        result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00123/", case_00123),
]
