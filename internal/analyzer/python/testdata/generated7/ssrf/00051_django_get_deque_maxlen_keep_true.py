# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=django source=get shape=deque_maxlen_keep (helper class) sink=v1 expected=true
import collections
import urllib.request

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        recent = collections.deque(["a", param], maxlen=2)
        bar = recent[1]
        return bar


def case_00051(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    with urllib.request.urlopen(bar, timeout=5) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
        result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00051/", case_00051),
]
