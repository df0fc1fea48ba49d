# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=yaml_full_loader_safe_wrong sink=specific expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


def case_00296(request):
    param = request.headers.get("X-Query", "")
    bar = param
    loader = yaml.SafeLoader
    loader = yaml.UnsafeLoader
    obj = yaml.load(bar, Loader=loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00296/", case_00296),
]
