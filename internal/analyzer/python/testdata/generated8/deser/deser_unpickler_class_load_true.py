# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=django shape=unpickler_class_load expected=true
import io
import pickle
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_unpickler_class_load(request):
    param = request.GET.get("q", "")
    obj = pickle.Unpickler(io.BytesIO(request.body)).load()  # want: PY-DESERIALIZATION
    return JsonResponse({"result": str([param, type(obj).__name__])})


urlpatterns = [
    path("deser_unpickler_class_load/", case_unpickler_class_load),
]
