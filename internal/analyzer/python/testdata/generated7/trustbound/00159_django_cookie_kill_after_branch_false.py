# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=cookie shape=kill_after_branch (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        if len(param) > 3:
            bar = param
        else:
            bar = "short"
        bar = "fixed"
        return bar


def case_00159(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00159/", case_00159),
]
