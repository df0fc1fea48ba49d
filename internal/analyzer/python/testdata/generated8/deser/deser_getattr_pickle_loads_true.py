# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=django shape=getattr_pickle_loads expected=true
import binascii
import pickle
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_getattr_pickle_loads(request):
    param = request.POST.get("q", "")
    loader = getattr(pickle, "loads")
    obj = loader(binascii.unhexlify(param))  # want: PY-DESERIALIZATION
    return JsonResponse({"result": str(type(obj).__name__)})


urlpatterns = [
    path("deser_getattr_pickle_loads/", case_getattr_pickle_loads),
]
