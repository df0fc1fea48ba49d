# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get shape=translate_table (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.translate({ord("a"): "b"})
        return bar


def case_00098(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    request.session["display_name"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00098/", case_00098),
]
