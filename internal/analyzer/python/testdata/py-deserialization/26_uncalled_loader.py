# Deserialization FALSE: unpickling helper defined but never called with request data
import pickle


def load_session_blob(user_blob):
    return pickle.loads(user_blob)


def warm_cache():
    return pickle.loads(pickle.dumps({"warm": True}))
