# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header shape=allowlist_other_var (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path

ALLOWED = {"alpha", "beta"}


class Test:
    def do_something(self, request, param):
        candidate = param.strip()
        if candidate not in ALLOWED:
            candidate = "alpha"
        bar = param
        return bar


def case_00207(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00207/", case_00207),
]
