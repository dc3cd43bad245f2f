// Generated from spec/ivs-realtime.openapi.json by `npm run spec` (openapi-typescript). Do not edit.
export interface paths {
    "/CreateEncoderConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CreateEncoderConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateIngestConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Creates a new IngestConfiguration resource, used to specify the ingest protocol for a stage. */
        post: operations["CreateIngestConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateParticipantToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CreateParticipantToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateStage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Creates a new stage (and optionally participant tokens). */
        post: operations["CreateStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/CreateStorageConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CreateStorageConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteEncoderConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeleteEncoderConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteIngestConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeleteIngestConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeletePublicKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeletePublicKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteStage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeleteStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DeleteStorageConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeleteStorageConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/DisconnectParticipant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DisconnectParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetComposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GetComposition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetEncoderConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GetEncoderConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetIngestConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets information about the specified IngestConfiguration. */
        post: operations["GetIngestConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetParticipant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets information about the specified participant token. */
        post: operations["GetParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetPublicKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GetPublicKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetStage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gets information for the specified stage. */
        post: operations["GetStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetStageSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GetStageSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/GetStorageConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GetStorageConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ImportPublicKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportPublicKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListCompositions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListCompositions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListEncoderConfigurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListEncoderConfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListIngestConfigurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Lists all IngestConfigurations in your account, in the AWS region where the API request is processed. */
        post: operations["ListIngestConfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListParticipantEvents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Lists events for a specified participant that occurred during a specified stage session. */
        post: operations["ListParticipantEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListParticipantReplicas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Lists all the replicas for a participant from a source stage. */
        post: operations["ListParticipantReplicas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListParticipants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Lists all participants in a specified stage session. */
        post: operations["ListParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListPublicKeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListPublicKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListStageSessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListStageSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListStages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListStages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ListStorageConfigurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ListStorageConfigurations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/StartComposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StartComposition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/StartParticipantReplication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Starts replicating a publishing participant from a source stage to a destination stage. */
        post: operations["StartParticipantReplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/StopComposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StopComposition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/StopParticipantReplication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Stops a replicated participant session. */
        post: operations["StopParticipantReplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/UpdateIngestConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Updates a specified IngestConfiguration. Only the stage ARN attached to the IngestConfiguration can be updated. An IngestConfiguration that is active cannot be updated. */
        post: operations["UpdateIngestConfiguration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/UpdateStage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Updates a stage’s configuration. */
        post: operations["UpdateStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/{resourceArn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListTagsForResource"];
        put?: never;
        post: operations["TagResource"];
        delete: operations["UntagResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessDeniedException: {
            exceptionMessage?: string;
        };
        AutoParticipantRecordingConfiguration: {
            /** @description ARN of the StorageConfiguration resource to use for individual participant recording. Default: "" (empty string, no storage configuration is specified). Individual participant recording cannot be started unless a storage configuration is specified, when a Stage is created or updated. To disable individual participant recording, set this to ""; other fields in this object will get reset to their defaults when sending "". */
            storageConfigurationArn: string;
            /** @description Types of media to be recorded. Default: AUDIO_VIDEO. */
            mediaTypes?: ("AUDIO_VIDEO" | "AUDIO_ONLY" | "NONE")[];
            /** @description A complex type that allows you to enable/disable the recording of thumbnails for individual participant recording and modify the interval at which thumbnails are generated for the live session. */
            thumbnailConfiguration?: components["schemas"]["ParticipantThumbnailConfiguration"];
            /**
             * Format: int32
             * @description If a stage publisher disconnects and then reconnects within the specified interval, the multiple recordings will be considered a single recording and merged together.
             *     The default value is 0, which disables merging.
             */
            recordingReconnectWindowSeconds?: number;
            /** @description HLS configuration object for individual participant recording. */
            hlsConfiguration?: components["schemas"]["ParticipantRecordingHlsConfiguration"];
            /** @description Optional field to disable replica participant recording. If this is set to false when a participant is a replica, replica participants are not recorded. Default: true. */
            recordParticipantReplicas?: boolean;
        };
        ChannelDestinationConfiguration: {
            channelArn: string;
            encoderConfigurationArn?: string;
        };
        Composition: {
            arn: string;
            stageArn: string;
            /** @enum {string} */
            state: "ACTIVE" | "FAILED" | "STARTING" | "STOPPED" | "STOPPING";
            layout: components["schemas"]["LayoutConfiguration"];
            destinations: components["schemas"]["Destination"][];
            tags?: {
                [key: string]: string;
            };
            /** Format: date-time */
            startTime?: string;
            /** Format: date-time */
            endTime?: string;
        };
        CompositionRecordingHlsConfiguration: {
            targetSegmentDurationSeconds?: number;
        };
        CompositionSummary: {
            arn: string;
            stageArn: string;
            destinations: components["schemas"]["DestinationSummary"][];
            /** @enum {string} */
            state: "ACTIVE" | "FAILED" | "STARTING" | "STOPPED" | "STOPPING";
            tags?: {
                [key: string]: string;
            };
            /** Format: date-time */
            startTime?: string;
            /** Format: date-time */
            endTime?: string;
        };
        CompositionThumbnailConfiguration: {
            targetIntervalSeconds?: number;
            storage?: ("LATEST" | "SEQUENTIAL")[];
        };
        ConflictException: {
            exceptionMessage?: string;
        };
        CreateEncoderConfigurationRequest: {
            name?: string;
            video?: components["schemas"]["Video"];
            tags?: {
                [key: string]: string;
            };
        };
        CreateEncoderConfigurationResponse: {
            encoderConfiguration?: components["schemas"]["EncoderConfiguration"];
        };
        CreateIngestConfigurationRequest: {
            /** @description Optional name that can be specified for the IngestConfiguration being created. */
            name?: string;
            /** @description ARN of the stage with which the IngestConfiguration is associated. */
            stageArn?: string;
            /** @description Customer-assigned name to help identify the participant using the IngestConfiguration; this can be used to link a participant to a user in the customer’s own systems. This can be any UTF-8 encoded text. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            userId?: string;
            /** @description Application-provided attributes to store in the IngestConfiguration and attach to a stage. Map keys and values can contain UTF-8 encoded text. The maximum length of this field is 1 KB total. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            attributes?: {
                [key: string]: string;
            };
            /**
             * @description Type of ingest protocol that the user employs to broadcast. If this is set to RTMP, insecureIngest must be set to true.
             * @enum {string}
             */
            ingestProtocol: "RTMP" | "RTMPS";
            /** @description Whether the stage allows insecure RTMP ingest. This must be set to true, if ingestProtocol is set to RTMP. Default: false. */
            insecureIngest?: boolean;
            /** @description Indicates whether redundant ingest is enabled for the ingest configuration. Default: false. */
            redundantIngest?: boolean;
            /** @description Tags attached to the resource. Array of maps, each of the form string:string (key:value). See Best practices and strategies in Tagging AWS Resources and Tag Editor for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no constraints on tags beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        CreateIngestConfigurationResponse: {
            /** @description The IngestConfiguration that was created. */
            ingestConfiguration?: components["schemas"]["IngestConfiguration"];
        };
        CreateParticipantTokenRequest: {
            stageArn: string;
            duration?: number;
            userId?: string;
            attributes?: {
                [key: string]: string;
            };
            capabilities?: ("PUBLISH" | "SUBSCRIBE")[];
        };
        CreateParticipantTokenResponse: {
            participantToken?: components["schemas"]["ParticipantToken"];
        };
        CreateStageRequest: {
            /** @description Optional name that can be specified for the stage being created. */
            name?: string;
            /** @description Array of participant token configuration objects to attach to the new stage. */
            participantTokenConfigurations?: components["schemas"]["ParticipantTokenConfiguration"][];
            /** @description Tags attached to the resource. Array of maps, each of the form string:string (key:value). See Best practices and strategies in Tagging AWS Resources and Tag Editor for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no constraints on tags beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
            /** @description Configuration object for individual participant recording, to attach to the new stage. */
            autoParticipantRecordingConfiguration?: components["schemas"]["AutoParticipantRecordingConfiguration"];
        };
        CreateStageResponse: {
            /** @description The stage that was created. */
            stage?: components["schemas"]["Stage"];
            /** @description Participant tokens attached to the stage. These correspond to the participants in the request. */
            participantTokens?: components["schemas"]["ParticipantToken"][];
        };
        CreateStorageConfigurationRequest: {
            s3: components["schemas"]["S3StorageConfiguration"];
            name?: string;
            tags?: {
                [key: string]: string;
            };
        };
        CreateStorageConfigurationResponse: {
            storageConfiguration?: components["schemas"]["StorageConfiguration"];
        };
        DeleteEncoderConfigurationRequest: {
            arn: string;
        };
        DeleteEncoderConfigurationResponse: Record<string, never>;
        DeleteIngestConfigurationRequest: {
            arn: string;
            force?: boolean;
        };
        DeleteIngestConfigurationResponse: Record<string, never>;
        DeletePublicKeyRequest: {
            arn: string;
        };
        DeletePublicKeyResponse: Record<string, never>;
        DeleteStageRequest: {
            arn: string;
        };
        DeleteStageResponse: Record<string, never>;
        DeleteStorageConfigurationRequest: {
            arn: string;
        };
        DeleteStorageConfigurationResponse: Record<string, never>;
        Destination: {
            id: string;
            /** @enum {string} */
            state: "ACTIVE" | "FAILED" | "RECONNECTING" | "STARTING" | "STOPPED" | "STOPPING";
            configuration: components["schemas"]["DestinationConfiguration"];
            /** Format: date-time */
            startTime?: string;
            /** Format: date-time */
            endTime?: string;
            detail?: components["schemas"]["DestinationDetail"];
        };
        DestinationConfiguration: {
            name?: string;
            channel?: components["schemas"]["ChannelDestinationConfiguration"];
            s3?: components["schemas"]["S3DestinationConfiguration"];
        };
        DestinationDetail: {
            s3?: components["schemas"]["S3Detail"];
        };
        DestinationSummary: {
            id: string;
            /** @enum {string} */
            state: "ACTIVE" | "FAILED" | "RECONNECTING" | "STARTING" | "STOPPED" | "STOPPING";
            /** Format: date-time */
            startTime?: string;
            /** Format: date-time */
            endTime?: string;
        };
        DisconnectParticipantRequest: {
            stageArn: string;
            participantId: string;
            reason?: string;
        };
        DisconnectParticipantResponse: Record<string, never>;
        EncoderConfiguration: {
            arn: string;
            name?: string;
            video?: components["schemas"]["Video"];
            tags?: {
                [key: string]: string;
            };
        };
        EncoderConfigurationSummary: {
            arn: string;
            name?: string;
            tags?: {
                [key: string]: string;
            };
        };
        Event: {
            /**
             * @description The name of the event.
             * @enum {string}
             */
            name?: "JOINED" | "LEFT" | "PUBLISH_STARTED" | "PUBLISH_STOPPED" | "SUBSCRIBE_STARTED" | "SUBSCRIBE_STOPPED" | "PUBLISH_ERROR" | "SUBSCRIBE_ERROR" | "JOIN_ERROR" | "REPLICATION_STARTED" | "REPLICATION_STOPPED";
            /** @description Unique identifier for the participant who triggered the event. This is assigned by IVS. */
            participantId?: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp (returned as a string) for when the event occurred.
             */
            eventTime?: string;
            /** @description Unique identifier for the remote participant. For a subscribe event, this is the publisher. For a publish or join event, this is null. This is assigned by IVS. */
            remoteParticipantId?: string;
            /**
             * @description If the event is an error event, the error code is provided to give insight into the specific error that occurred. If the event is not an error event, this field is null.
             *     B_FRAME_PRESENT — The participant's stream includes B-frames. For details, see IVS RTMP Publishing.
             *     BITRATE_EXCEEDED — The participant exceeded the maximum supported bitrate. For details, see Service Quotas.
             *     INSUFFICIENT_CAPABILITIES — The participant tried to take an action that the participant’s token is not allowed to do. For details on participant capabilities, see the capabilities field in CreateParticipantToken.
             *     INTERNAL_SERVER_EXCEPTION — The participant failed to publish to the stage due to an internal server error.
             *     INVALID_AUDIO_CODEC — The participant is using an invalid audio codec. For details, see Stream Ingest.
             *     INVALID_INPUT — The participant is using an invalid input stream.
             *     INVALID_PROTOCOL — The participant's IngestConfiguration resource is configured for RTMPS but they tried streaming with RTMP. For details, see IVS RTMP Publishing.
             *     INVALID_STREAM_KEY — The participant is using an invalid stream key. For details, see IVS RTMP Publishing.
             *     INVALID_VIDEO_CODEC — The participant is using an invalid video codec. For details, see Stream Ingest.
             *     PUBLISHER_NOT_FOUND — The participant tried to subscribe to a publisher that doesn’t exist.
             *     QUOTA_EXCEEDED — The number of participants who want to publish/subscribe to a stage exceeds the quota. For details, see Service Quotas.
             *     RESOLUTION_EXCEEDED — The participant exceeded the maximum supported resolution. For details, see Service Quotas.
             *     REUSE_OF_STREAM_KEY — The participant tried to use a stream key that is associated with another active stage session.
             *     STREAM_DURATION_EXCEEDED — The participant exceeded the maximum allowed stream duration. For details, see Service Quotas.
             * @enum {string}
             */
            errorCode?: "INSUFFICIENT_CAPABILITIES" | "QUOTA_EXCEEDED" | "PUBLISHER_NOT_FOUND" | "BITRATE_EXCEEDED" | "RESOLUTION_EXCEEDED" | "STREAM_DURATION_EXCEEDED" | "INVALID_AUDIO_CODEC" | "INVALID_VIDEO_CODEC" | "INVALID_PROTOCOL" | "INVALID_STREAM_KEY" | "REUSE_OF_STREAM_KEY" | "B_FRAME_PRESENT" | "INVALID_INPUT" | "INTERNAL_SERVER_EXCEPTION";
            /** @description ARN of the stage where the participant is replicated. Applicable only if the event name is REPLICATION_STARTED or REPLICATION_STOPPED. */
            destinationStageArn?: string;
            /** @description ID of the session within the destination stage. Applicable only if the event name is REPLICATION_STARTED or REPLICATION_STOPPED. */
            destinationSessionId?: string;
            /** @description If true, this indicates the participantId is a replicated participant. If this is a subscribe event, then this flag refers to remoteParticipantId. */
            replica?: boolean;
        };
        GetCompositionRequest: {
            arn: string;
        };
        GetCompositionResponse: {
            composition?: components["schemas"]["Composition"];
        };
        GetEncoderConfigurationRequest: {
            arn: string;
        };
        GetEncoderConfigurationResponse: {
            encoderConfiguration?: components["schemas"]["EncoderConfiguration"];
        };
        GetIngestConfigurationRequest: {
            /** @description ARN of the ingest for which the information is to be retrieved. */
            arn: string;
        };
        GetIngestConfigurationResponse: {
            /** @description The IngestConfiguration that was returned. */
            ingestConfiguration?: components["schemas"]["IngestConfiguration"];
        };
        GetParticipantRequest: {
            /** @description Stage ARN. */
            stageArn: string;
            /** @description ID of a session within the stage. */
            sessionId: string;
            /** @description Unique identifier for the participant. This is assigned by IVS and returned by CreateParticipantToken. */
            participantId: string;
        };
        GetParticipantResponse: {
            /** @description The participant that is returned. */
            participant?: components["schemas"]["Participant"];
        };
        GetPublicKeyRequest: {
            arn: string;
        };
        GetPublicKeyResponse: {
            publicKey?: components["schemas"]["PublicKey"];
        };
        GetStageRequest: {
            /** @description ARN of the stage for which the information is to be retrieved. */
            arn: string;
        };
        GetStageResponse: {
            /** @description The stage that is returned. */
            stage?: components["schemas"]["Stage"];
        };
        GetStageSessionRequest: {
            stageArn: string;
            sessionId: string;
        };
        GetStageSessionResponse: {
            stageSession?: components["schemas"]["StageSession"];
        };
        GetStorageConfigurationRequest: {
            arn: string;
        };
        GetStorageConfigurationResponse: {
            storageConfiguration?: components["schemas"]["StorageConfiguration"];
        };
        GridConfiguration: {
            featuredParticipantAttribute?: string;
            omitStoppedVideo?: boolean;
            /** @enum {string} */
            videoAspectRatio?: "AUTO" | "PORTRAIT" | "SQUARE" | "VIDEO";
            /** @enum {string} */
            videoFillMode?: "CONTAIN" | "COVER" | "FILL";
            gridGap?: number;
            participantOrderAttribute?: string;
        };
        ImportPublicKeyRequest: {
            publicKeyMaterial: string;
            name?: string;
            tags?: {
                [key: string]: string;
            };
        };
        ImportPublicKeyResponse: {
            publicKey?: components["schemas"]["PublicKey"];
        };
        IngestConfiguration: {
            /** @description Ingest name */
            name?: string;
            /** @description Ingest configuration ARN. */
            arn: string;
            /**
             * @description Type of ingest protocol that the user employs for broadcasting.
             * @enum {string}
             */
            ingestProtocol: "RTMP" | "RTMPS";
            /** @description Ingest-key value for the RTMP(S) protocol. */
            streamKey: string;
            /** @description ARN of the stage with which the IngestConfiguration is associated. */
            stageArn: string;
            /** @description ID of the participant within the stage. */
            participantId: string;
            /**
             * @description State of the ingest configuration. It is ACTIVE if a publisher currently is publishing to the stage associated with the ingest configuration.
             * @enum {string}
             */
            state: "ACTIVE" | "INACTIVE";
            /** @description Customer-assigned name to help identify the participant using the IngestConfiguration; this can be used to link a participant to a user in the customer’s own systems. This can be any UTF-8 encoded text. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            userId?: string;
            /** @description Indicates whether redundant ingest is enabled for the ingest configuration. */
            redundantIngest?: boolean;
            /** @description A list of redundant ingest credentials, present only when redundantIngest is set to true. See Redundant Ingest in IVS RTMP Publishing for details. */
            redundantIngestCredentials?: components["schemas"]["RedundantIngestCredential"][];
            /** @description Application-provided attributes to to store in the IngestConfiguration and attach to a stage. Map keys and values can contain UTF-8 encoded text. The maximum length of this field is 1 KB total. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            attributes?: {
                [key: string]: string;
            };
            /** @description Tags attached to the resource. Array of maps, each of the form string:string (key:value). See Best practices and strategies in Tagging AWS Resources and Tag Editor for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no constraints on tags beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
        };
        IngestConfigurationSummary: {
            /** @description Ingest name. */
            name?: string;
            /** @description Ingest configuration ARN. */
            arn: string;
            /**
             * @description Type of ingest protocol that the user employs for broadcasting.
             * @enum {string}
             */
            ingestProtocol: "RTMP" | "RTMPS";
            /** @description ARN of the stage with which the IngestConfiguration is associated. */
            stageArn: string;
            /** @description ID of the participant within the stage. */
            participantId: string;
            /**
             * @description State of the ingest configuration. It is ACTIVE if a publisher currently is publishing to the stage associated with the ingest configuration.
             * @enum {string}
             */
            state: "ACTIVE" | "INACTIVE";
            /** @description Customer-assigned name to help identify the participant using the IngestConfiguration; this can be used to link a participant to a user in the customer’s own systems. This can be any UTF-8 encoded text. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            userId?: string;
            /** @description Indicates whether redundant ingest is enabled for the ingest configuration. */
            redundantIngest?: boolean;
        };
        InternalServerException: {
            exceptionMessage?: string;
        };
        LayoutConfiguration: {
            grid?: components["schemas"]["GridConfiguration"];
            pip?: components["schemas"]["PipConfiguration"];
        };
        ListCompositionsRequest: {
            filterByStageArn?: string;
            filterByEncoderConfigurationArn?: string;
            nextToken?: string;
            maxResults?: number;
        };
        ListCompositionsResponse: {
            compositions: components["schemas"]["CompositionSummary"][];
            nextToken?: string;
        };
        ListEncoderConfigurationsRequest: {
            nextToken?: string;
            maxResults?: number;
        };
        ListEncoderConfigurationsResponse: {
            encoderConfigurations: components["schemas"]["EncoderConfigurationSummary"][];
            nextToken?: string;
        };
        ListIngestConfigurationsRequest: {
            /** @description Filters the response list to match the specified stage ARN. Only one filter (by stage ARN or by state) can be used at a time. */
            filterByStageArn?: string;
            /**
             * @description Filters the response list to match the specified state. Only one filter (by stage ARN or by state) can be used at a time.
             * @enum {string}
             */
            filterByState?: "ACTIVE" | "INACTIVE";
            /** @description The first IngestConfiguration to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
            /**
             * Format: int32
             * @description Maximum number of results to return. Default: 50.
             */
            maxResults?: number;
        };
        ListIngestConfigurationsResponse: {
            /** @description List of the matching ingest configurations (summary information only). */
            ingestConfigurations: components["schemas"]["IngestConfigurationSummary"][];
            /** @description If there are more IngestConfigurations than maxResults, use nextToken in the request to get the next set. */
            nextToken?: string;
        };
        ListParticipantEventsRequest: {
            /** @description Stage ARN. */
            stageArn: string;
            /** @description ID of a session within the stage. */
            sessionId: string;
            /** @description Unique identifier for this participant. This is assigned by IVS and returned by CreateParticipantToken. */
            participantId: string;
            /** @description The first participant event to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
            /**
             * Format: int32
             * @description Maximum number of results to return. Default: 50.
             */
            maxResults?: number;
        };
        ListParticipantEventsResponse: {
            /** @description List of the matching events. */
            events: components["schemas"]["Event"][];
            /** @description If there are more events than maxResults, use nextToken in the request to get the next set. */
            nextToken?: string;
        };
        ListParticipantReplicasRequest: {
            /** @description ARN of the stage where the participant is publishing. */
            sourceStageArn: string;
            /** @description Participant ID of the publisher that has been replicated. This is assigned by IVS and returned by CreateParticipantToken or the jti (JWT ID) used to create a self signed token. */
            participantId: string;
            /** @description The first participant to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
            /**
             * Format: int32
             * @description Maximum number of results to return. Default: 50.
             */
            maxResults?: number;
        };
        ListParticipantReplicasResponse: {
            /** @description List of all participant replicas. */
            replicas: components["schemas"]["ParticipantReplica"][];
            /** @description If there are more participants than maxResults, use nextToken in the request to get the next set. */
            nextToken?: string;
        };
        ListParticipantsRequest: {
            /** @description Stage ARN. */
            stageArn: string;
            /** @description ID of the session within the stage. */
            sessionId: string;
            /** @description Filters the response list to match the specified user ID. Only one of filterByUserId, filterByPublished, filterByState, or filterByRecordingState can be provided per request. A userId is a customer-assigned name to help identify the token; this can be used to link a participant to a user in the customer’s own systems. */
            filterByUserId?: string;
            /** @description Filters the response list to only show participants who published during the stage session. Only one of filterByUserId, filterByPublished, filterByState, or filterByRecordingState can be provided per request. */
            filterByPublished?: boolean;
            /**
             * @description Filters the response list to only show participants in the specified state. Only one of filterByUserId, filterByPublished, filterByState, or filterByRecordingState can be provided per request.
             * @enum {string}
             */
            filterByState?: "CONNECTED" | "DISCONNECTED";
            /** @description The first participant to retrieve. This is used for pagination; see the nextToken response field. */
            nextToken?: string;
            /**
             * Format: int32
             * @description Maximum number of results to return. Default: 50.
             */
            maxResults?: number;
            /**
             * @description Filters the response list to only show participants with the specified recording state. Only one of filterByUserId, filterByPublished, filterByState, or filterByRecordingState can be provided per request.
             * @enum {string}
             */
            filterByRecordingState?: "STARTING" | "ACTIVE" | "STOPPING" | "STOPPED" | "FAILED";
        };
        ListParticipantsResponse: {
            /** @description List of the matching participants (summary information only). */
            participants: components["schemas"]["ParticipantSummary"][];
            /** @description If there are more participants than maxResults, use nextToken in the request to get the next set. */
            nextToken?: string;
        };
        ListPublicKeysRequest: {
            nextToken?: string;
            maxResults?: number;
        };
        ListPublicKeysResponse: {
            publicKeys: components["schemas"]["PublicKeySummary"][];
            nextToken?: string;
        };
        ListStageSessionsRequest: {
            stageArn: string;
            nextToken?: string;
            maxResults?: number;
        };
        ListStageSessionsResponse: {
            stageSessions: components["schemas"]["StageSessionSummary"][];
            nextToken?: string;
        };
        ListStagesRequest: {
            nextToken?: string;
            maxResults?: number;
        };
        ListStagesResponse: {
            stages: components["schemas"]["StageSummary"][];
            nextToken?: string;
        };
        ListStorageConfigurationsRequest: {
            nextToken?: string;
            maxResults?: number;
        };
        ListStorageConfigurationsResponse: {
            storageConfigurations: components["schemas"]["StorageConfigurationSummary"][];
            nextToken?: string;
        };
        ListTagsForResourceResponse: {
            tags: {
                [key: string]: string;
            };
        };
        Participant: {
            /** @description Unique identifier for this participant, assigned by IVS. */
            participantId?: string;
            /** @description Customer-assigned name to help identify the token; this can be used to link a participant to a user in the customer’s own systems. This can be any UTF-8 encoded text. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            userId?: string;
            /**
             * @description Whether the participant is connected to or disconnected from the stage.
             * @enum {string}
             */
            state?: "CONNECTED" | "DISCONNECTED";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp (returned as a string) when the participant first joined the stage session.
             */
            firstJoinTime?: string;
            /** @description Application-provided attributes to encode into the token and attach to a stage. Map keys and values can contain UTF-8 encoded text. The maximum length of this field is 1 KB total. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            attributes?: {
                [key: string]: string;
            };
            /** @description Whether the participant ever published to the stage session. */
            published?: boolean;
            /** @description The participant’s Internet Service Provider. */
            ispName?: string;
            /** @description The participant’s operating system. */
            osName?: string;
            /** @description The participant’s operating system version. */
            osVersion?: string;
            /** @description The participant’s browser. */
            browserName?: string;
            /** @description The participant’s browser version. */
            browserVersion?: string;
            /** @description The participant’s SDK version. */
            sdkVersion?: string;
            /** @description Name of the S3 bucket to where the participant is being recorded, if individual participant recording is enabled, or "" (empty string), if recording is not enabled. */
            recordingS3BucketName?: string;
            /** @description S3 prefix of the S3 bucket where the participant is being recorded, if individual participant recording is enabled, or "" (empty string), if recording is not enabled. If individual participant recording merge is enabled, and if a stage publisher disconnects from a stage and then reconnects, IVS tries to record to the same S3 prefix as the previous session. See Merge Fragmented Individual Participant Recordings. */
            recordingS3Prefix?: string;
            /**
             * @description The participant’s recording state.
             * @enum {string}
             */
            recordingState?: "STARTING" | "ACTIVE" | "STOPPING" | "STOPPED" | "FAILED" | "DISABLED";
            /**
             * @description Type of ingest protocol that the participant employs for broadcasting.
             * @enum {string}
             */
            protocol?: "UNKNOWN" | "WHIP" | "RTMP" | "RTMPS";
            /**
             * @description Indicates if the participant has been replicated to another stage or is a replica from another stage. Default: NONE.
             * @enum {string}
             */
            replicationType?: "SOURCE" | "REPLICA" | "NONE";
            /**
             * @description The participant's replication state.
             * @enum {string}
             */
            replicationState?: "ACTIVE" | "STOPPED";
            /** @description Source stage ARN from which this participant is replicated, if replicationType is REPLICA. */
            sourceStageArn?: string;
            /** @description ID of the session within the source stage, if replicationType is REPLICA. */
            sourceSessionId?: string;
            /** @description Indicates whether redundant ingest is enabled for the participant. */
            redundantIngest?: boolean;
            /** @description The participant’s ingest configuration. */
            ingestConfigurationArn?: string;
        };
        ParticipantRecordingHlsConfiguration: {
            /**
             * Format: int32
             * @description Defines the target duration for recorded segments generated when recording a stage participant. Segments may have durations longer than the specified value when needed to ensure each segment begins with a keyframe. Default: 6.
             */
            targetSegmentDurationSeconds?: number;
        };
        ParticipantReplica: {
            /** @description ARN of the stage from which this participant is replicated. */
            sourceStageArn: string;
            /** @description Participant ID of the publisher that will be replicated. This is assigned by IVS and returned by CreateParticipantToken or the jti (JWT ID) used to create a self signed token. */
            participantId: string;
            /** @description ID of the session within the source stage. */
            sourceSessionId: string;
            /** @description ARN of the stage where the participant is replicated. */
            destinationStageArn: string;
            /** @description ID of the session within the destination stage. */
            destinationSessionId: string;
            /**
             * @description Replica’s current replication state.
             * @enum {string}
             */
            replicationState: "ACTIVE" | "STOPPED";
        };
        ParticipantSummary: {
            /** @description Unique identifier for this participant, assigned by IVS. */
            participantId?: string;
            /** @description Customer-assigned name to help identify the token; this can be used to link a participant to a user in the customer’s own systems. This can be any UTF-8 encoded text. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            userId?: string;
            /**
             * @description Whether the participant is connected to or disconnected from the stage.
             * @enum {string}
             */
            state?: "CONNECTED" | "DISCONNECTED";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp (returned as a string) when the participant first joined the stage session.
             */
            firstJoinTime?: string;
            /** @description Whether the participant ever published to the stage session. */
            published?: boolean;
            /**
             * @description The participant’s recording state.
             * @enum {string}
             */
            recordingState?: "STARTING" | "ACTIVE" | "STOPPING" | "STOPPED" | "FAILED" | "DISABLED";
            /**
             * @description Indicates if the participant has been replicated to another stage or is a replica from another stage. Default: NONE.
             * @enum {string}
             */
            replicationType?: "SOURCE" | "REPLICA" | "NONE";
            /**
             * @description The participant's replication state.
             * @enum {string}
             */
            replicationState?: "ACTIVE" | "STOPPED";
            /** @description Source stage ARN from which this participant is replicated, if replicationType is REPLICA. */
            sourceStageArn?: string;
            /** @description ID of the session within the source stage, if replicationType is REPLICA. */
            sourceSessionId?: string;
            /** @description Indicates whether redundant ingest is enabled for the participant. */
            redundantIngest?: boolean;
            /** @description The participant’s ingest configuration. */
            ingestConfigurationArn?: string;
        };
        ParticipantThumbnailConfiguration: {
            /**
             * Format: int32
             * @description The targeted thumbnail-generation interval in seconds. This is configurable only if recordingMode is INTERVAL. Default: 60.
             */
            targetIntervalSeconds?: number;
            /** @description Indicates the format in which thumbnails are recorded. SEQUENTIAL records all generated thumbnails in a serial manner, to the media/thumbnails/high directory. LATEST saves the latest thumbnail in media/latest_thumbnail/high/thumb.jpg and overwrites it at the interval specified by targetIntervalSeconds. You can enable both SEQUENTIAL and LATEST. Default: SEQUENTIAL. */
            storage?: ("SEQUENTIAL" | "LATEST")[];
            /**
             * @description Thumbnail recording mode. Default: DISABLED.
             * @enum {string}
             */
            recordingMode?: "INTERVAL" | "DISABLED";
        };
        ParticipantToken: {
            /** @description Unique identifier for this participant token, assigned by IVS. */
            participantId?: string;
            /** @description The issued client token, encrypted. */
            token?: string;
            /** @description Customer-assigned name to help identify the token; this can be used to link a participant to a user in the customer’s own systems. This can be any UTF-8 encoded text. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            userId?: string;
            /** @description Application-provided attributes to encode into the token and attach to a stage. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            attributes?: {
                [key: string]: string;
            };
            /**
             * Format: int32
             * @description Duration (in minutes), after which the participant token expires. Default: 720 (12 hours).
             */
            duration?: number;
            /** @description Set of capabilities that the user is allowed to perform in the stage. */
            capabilities?: ("PUBLISH" | "SUBSCRIBE")[];
            /**
             * Format: date-time
             * @description ISO 8601 timestamp (returned as a string) for when this token expires.
             */
            expirationTime?: string;
        };
        ParticipantTokenConfiguration: {
            /**
             * Format: int32
             * @description Duration (in minutes), after which the corresponding participant token expires. Default: 720 (12 hours).
             */
            duration?: number;
            /** @description Customer-assigned name to help identify the token; this can be used to link a participant to a user in the customer’s own systems. This can be any UTF-8 encoded text. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            userId?: string;
            /** @description Application-provided attributes to encode into the corresponding participant token and attach to a stage. Map keys and values can contain UTF-8 encoded text. The maximum length of this field is 1 KB total. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information. */
            attributes?: {
                [key: string]: string;
            };
            /** @description Set of capabilities that the user is allowed to perform in the stage. */
            capabilities?: ("PUBLISH" | "SUBSCRIBE")[];
        };
        PendingVerification: {
            exceptionMessage?: string;
        };
        PipConfiguration: {
            featuredParticipantAttribute?: string;
            omitStoppedVideo?: boolean;
            /** @enum {string} */
            videoFillMode?: "CONTAIN" | "COVER" | "FILL";
            gridGap?: number;
            pipParticipantAttribute?: string;
            /** @enum {string} */
            pipBehavior?: "DYNAMIC" | "STATIC";
            pipOffset?: number;
            /** @enum {string} */
            pipPosition?: "BOTTOM_LEFT" | "BOTTOM_RIGHT" | "TOP_LEFT" | "TOP_RIGHT";
            pipWidth?: number;
            pipHeight?: number;
            participantOrderAttribute?: string;
        };
        PublicKey: {
            arn?: string;
            name?: string;
            publicKeyMaterial?: string;
            fingerprint?: string;
            tags?: {
                [key: string]: string;
            };
        };
        PublicKeySummary: {
            arn?: string;
            name?: string;
            tags?: {
                [key: string]: string;
            };
        };
        RecordingConfiguration: {
            hlsConfiguration?: components["schemas"]["CompositionRecordingHlsConfiguration"];
            /** @enum {string} */
            format?: "HLS";
        };
        RedundantIngestCredential: {
            /** @description ID of the participant within the stage. */
            participantId?: string;
            /** @description Ingest-key value. */
            streamKey?: string;
        };
        ResourceNotFoundException: {
            exceptionMessage?: string;
        };
        S3DestinationConfiguration: {
            storageConfigurationArn: string;
            encoderConfigurationArns: string[];
            recordingConfiguration?: components["schemas"]["RecordingConfiguration"];
            thumbnailConfigurations?: components["schemas"]["CompositionThumbnailConfiguration"][];
        };
        S3Detail: {
            recordingPrefix: string;
        };
        S3StorageConfiguration: {
            bucketName: string;
        };
        ServiceQuotaExceededException: {
            exceptionMessage?: string;
        };
        Stage: {
            /** @description Stage ARN. */
            arn: string;
            /** @description Stage name. */
            name?: string;
            /** @description ID of the active session within the stage. */
            activeSessionId?: string;
            /** @description Tags attached to the resource. Array of maps, each of the form string:string (key:value). See Best practices and strategies in Tagging AWS Resources and Tag Editor for details, including restrictions that apply to tags and "Tag naming limits and requirements"; Amazon IVS has no constraints on tags beyond what is documented there. */
            tags?: {
                [key: string]: string;
            };
            /** @description Configuration object for individual participant recording, attached to the stage. */
            autoParticipantRecordingConfiguration?: components["schemas"]["AutoParticipantRecordingConfiguration"];
            /** @description Summary information about various endpoints for a stage. */
            endpoints?: components["schemas"]["StageEndpoints"];
        };
        StageEndpoints: {
            /** @description Events endpoint. */
            events?: string;
            /** @description The endpoint to be used for IVS real-time streaming using the WHIP protocol. */
            whip?: string;
            /** @description The endpoint to be used for IVS real-time streaming using the RTMP protocol. */
            rtmp?: string;
            /** @description The endpoint to be used for IVS real-time streaming using the RTMPS protocol. */
            rtmps?: string;
        };
        StageSession: {
            sessionId?: string;
            /** Format: date-time */
            startTime?: string;
            /** Format: date-time */
            endTime?: string;
        };
        StageSessionSummary: {
            sessionId?: string;
            /** Format: date-time */
            startTime?: string;
            /** Format: date-time */
            endTime?: string;
        };
        StageSummary: {
            arn: string;
            name?: string;
            activeSessionId?: string;
            tags?: {
                [key: string]: string;
            };
        };
        StartCompositionRequest: {
            stageArn: string;
            destinations: components["schemas"]["DestinationConfiguration"][];
            idempotencyToken?: string;
            layout?: components["schemas"]["LayoutConfiguration"];
            tags?: {
                [key: string]: string;
            };
        };
        StartCompositionResponse: {
            composition?: components["schemas"]["Composition"];
        };
        StartParticipantReplicationRequest: {
            /** @description ARN of the stage where the participant is publishing. */
            sourceStageArn: string;
            /** @description ARN of the stage to which the participant will be replicated. */
            destinationStageArn: string;
            /** @description Participant ID of the publisher that will be replicated. This is assigned by IVS and returned by CreateParticipantToken or the jti (JWT ID) used to create a self signed token. */
            participantId: string;
            /**
             * Format: int32
             * @description If the participant disconnects and then reconnects within the specified interval, replication will continue to be ACTIVE. Default: 0.
             */
            reconnectWindowSeconds?: number;
            /**
             * @description Application-provided attributes to set on the replicated participant in the destination stage. Map keys and values can contain UTF-8 encoded text. The maximum length of this field is 1 KB total. This field is exposed to all stage participants and should not be used for personally identifying, confidential, or sensitive information.
             *     These attributes are merged with any attributes set for this participant when creating the token. If there is overlap in keys, the values in these attributes are replaced.
             */
            attributes?: {
                [key: string]: string;
            };
        };
        StartParticipantReplicationResponse: Record<string, never>;
        StopCompositionRequest: {
            arn: string;
        };
        StopCompositionResponse: Record<string, never>;
        StopParticipantReplicationRequest: {
            /** @description ARN of the stage where the participant is publishing. */
            sourceStageArn: string;
            /** @description ARN of the stage where the participant has been replicated. */
            destinationStageArn: string;
            /** @description Participant ID of the publisher that has been replicated. This is assigned by IVS and returned by CreateParticipantToken or the jti (JWT ID) used to create a self signed token. */
            participantId: string;
        };
        StopParticipantReplicationResponse: Record<string, never>;
        StorageConfiguration: {
            arn: string;
            name?: string;
            s3?: components["schemas"]["S3StorageConfiguration"];
            tags?: {
                [key: string]: string;
            };
        };
        StorageConfigurationSummary: {
            arn: string;
            name?: string;
            s3?: components["schemas"]["S3StorageConfiguration"];
            tags?: {
                [key: string]: string;
            };
        };
        TagResourceRequest: {
            tags: {
                [key: string]: string;
            };
        };
        TagResourceResponse: Record<string, never>;
        UntagResourceResponse: Record<string, never>;
        UpdateIngestConfigurationRequest: {
            /** @description ARN of the IngestConfiguration, for which the related stage ARN needs to be updated. */
            arn: string;
            /** @description Stage ARN that needs to be updated. */
            stageArn?: string;
            /** @description Indicates whether redundant ingest is enabled for the ingest configuration. Default: false. */
            redundantIngest?: boolean;
        };
        UpdateIngestConfigurationResponse: {
            /** @description The updated IngestConfiguration. */
            ingestConfiguration?: components["schemas"]["IngestConfiguration"];
        };
        UpdateStageRequest: {
            /** @description ARN of the stage to be updated. */
            arn: string;
            /** @description Name of the stage to be updated. */
            name?: string;
            /** @description Configuration object for individual participant recording, to attach to the stage. Note that this cannot be updated while recording is active. */
            autoParticipantRecordingConfiguration?: components["schemas"]["AutoParticipantRecordingConfiguration"];
        };
        UpdateStageResponse: {
            /** @description The updated stage. */
            stage?: components["schemas"]["Stage"];
        };
        ValidationException: {
            exceptionMessage?: string;
        };
        Video: {
            width?: number;
            height?: number;
            framerate?: number;
            bitrate?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CreateEncoderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateEncoderConfigurationRequest"];
            };
        };
        responses: {
            /** @description CreateEncoderConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEncoderConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    CreateIngestConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIngestConfigurationRequest"];
            };
        };
        responses: {
            /** @description CreateIngestConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIngestConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
        };
    };
    CreateParticipantToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateParticipantTokenRequest"];
            };
        };
        responses: {
            /** @description CreateParticipantToken succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateParticipantTokenResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    CreateStage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateStageRequest"];
            };
        };
        responses: {
            /** @description CreateStage succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateStageResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
        };
    };
    CreateStorageConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStorageConfigurationRequest"];
            };
        };
        responses: {
            /** @description CreateStorageConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateStorageConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    DeleteEncoderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteEncoderConfigurationRequest"];
            };
        };
        responses: {
            /** @description DeleteEncoderConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteEncoderConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    DeleteIngestConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteIngestConfigurationRequest"];
            };
        };
        responses: {
            /** @description DeleteIngestConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteIngestConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    DeletePublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeletePublicKeyRequest"];
            };
        };
        responses: {
            /** @description DeletePublicKey succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletePublicKeyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    DeleteStage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteStageRequest"];
            };
        };
        responses: {
            /** @description DeleteStage succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteStageResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    DeleteStorageConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteStorageConfigurationRequest"];
            };
        };
        responses: {
            /** @description DeleteStorageConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteStorageConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    DisconnectParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisconnectParticipantRequest"];
            };
        };
        responses: {
            /** @description DisconnectParticipant succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisconnectParticipantResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetComposition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetCompositionRequest"];
            };
        };
        responses: {
            /** @description GetComposition succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCompositionResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    GetEncoderConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetEncoderConfigurationRequest"];
            };
        };
        responses: {
            /** @description GetEncoderConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetEncoderConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    GetIngestConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetIngestConfigurationRequest"];
            };
        };
        responses: {
            /** @description GetIngestConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIngestConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetParticipantRequest"];
            };
        };
        responses: {
            /** @description GetParticipant succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetParticipantResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetPublicKeyRequest"];
            };
        };
        responses: {
            /** @description GetPublicKey succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPublicKeyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetStage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetStageRequest"];
            };
        };
        responses: {
            /** @description GetStage succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStageResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetStageSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetStageSessionRequest"];
            };
        };
        responses: {
            /** @description GetStageSession succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStageSessionResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
        };
    };
    GetStorageConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetStorageConfigurationRequest"];
            };
        };
        responses: {
            /** @description GetStorageConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStorageConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    ImportPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportPublicKeyRequest"];
            };
        };
        responses: {
            /** @description ImportPublicKey succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPublicKeyResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    ListCompositions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListCompositionsRequest"];
            };
        };
        responses: {
            /** @description ListCompositions succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCompositionsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    ListEncoderConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListEncoderConfigurationsRequest"];
            };
        };
        responses: {
            /** @description ListEncoderConfigurations succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListEncoderConfigurationsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    ListIngestConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListIngestConfigurationsRequest"];
            };
        };
        responses: {
            /** @description ListIngestConfigurations succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListIngestConfigurationsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
        };
    };
    ListParticipantEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListParticipantEventsRequest"];
            };
        };
        responses: {
            /** @description ListParticipantEvents succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListParticipantEventsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
        };
    };
    ListParticipantReplicas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListParticipantReplicasRequest"];
            };
        };
        responses: {
            /** @description ListParticipantReplicas succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListParticipantReplicasResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
        };
    };
    ListParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListParticipantsRequest"];
            };
        };
        responses: {
            /** @description ListParticipants succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListParticipantsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
        };
    };
    ListPublicKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListPublicKeysRequest"];
            };
        };
        responses: {
            /** @description ListPublicKeys succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPublicKeysResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
        };
    };
    ListStageSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ListStageSessionsRequest"];
            };
        };
        responses: {
            /** @description ListStageSessions succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListStageSessionsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
        };
    };
    ListStages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListStagesRequest"];
            };
        };
        responses: {
            /** @description ListStages succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListStagesResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    ListStorageConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ListStorageConfigurationsRequest"];
            };
        };
        responses: {
            /** @description ListStorageConfigurations succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListStorageConfigurationsResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    StartComposition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartCompositionRequest"];
            };
        };
        responses: {
            /** @description StartComposition succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartCompositionResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    StartParticipantReplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartParticipantReplicationRequest"];
            };
        };
        responses: {
            /** @description StartParticipantReplication succeeded */
            200: {
                headers: {
                    "Access-Control-Allow-Origin"?: string;
                    "Access-Control-Expose-Headers"?: string;
                    "Cache-Control"?: string;
                    "Content-Security-Policy"?: string;
                    "Strict-Transport-Security"?: string;
                    "X-Content-Type-Options"?: string;
                    "X-Frame-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartParticipantReplicationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    StopComposition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopCompositionRequest"];
            };
        };
        responses: {
            /** @description StopComposition succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopCompositionResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    StopParticipantReplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopParticipantReplicationRequest"];
            };
        };
        responses: {
            /** @description StopParticipantReplication succeeded */
            200: {
                headers: {
                    "Access-Control-Allow-Origin"?: string;
                    "Access-Control-Expose-Headers"?: string;
                    "Cache-Control"?: string;
                    "Content-Security-Policy"?: string;
                    "Strict-Transport-Security"?: string;
                    "X-Content-Type-Options"?: string;
                    "X-Frame-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopParticipantReplicationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    UpdateIngestConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIngestConfigurationRequest"];
            };
        };
        responses: {
            /** @description UpdateIngestConfiguration succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateIngestConfigurationResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    UpdateStage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStageRequest"];
            };
        };
        responses: {
            /** @description UpdateStage succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateStageResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ServiceQuotaExceededException */
            402: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQuotaExceededException"];
                };
            };
            /** @description AccessDeniedException | PendingVerification */
            403: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessDeniedException"] | components["schemas"]["PendingVerification"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description ConflictException */
            409: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictException"];
                };
            };
        };
    };
    ListTagsForResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resourceArn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ListTagsForResource succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTagsForResourceResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    TagResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resourceArn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagResourceRequest"];
            };
        };
        responses: {
            /** @description TagResource succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResourceResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
    UntagResource: {
        parameters: {
            query: {
                tagKeys: string[];
            };
            header?: never;
            path: {
                resourceArn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UntagResource succeeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UntagResourceResponse"];
                };
            };
            /** @description ValidationException */
            400: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationException"];
                };
            };
            /** @description ResourceNotFoundException */
            404: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceNotFoundException"];
                };
            };
            /** @description InternalServerException */
            500: {
                headers: {
                    /** @description The error name, possibly followed by `:` and more. */
                    "x-amzn-ErrorType"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerException"];
                };
            };
        };
    };
}
