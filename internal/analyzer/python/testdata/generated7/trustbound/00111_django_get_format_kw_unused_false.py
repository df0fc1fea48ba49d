# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get shape=format_kw_unused (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = "{a}".format(a="safe", b=param)
        return bar


def case_00111(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00111/", case_00111),
]
